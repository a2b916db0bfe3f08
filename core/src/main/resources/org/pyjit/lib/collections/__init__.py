"""Container datatypes."""
