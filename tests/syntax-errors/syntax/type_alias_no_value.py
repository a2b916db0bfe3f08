type Point =
