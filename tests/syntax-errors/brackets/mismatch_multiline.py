coords = (
    10,
    20,
]
