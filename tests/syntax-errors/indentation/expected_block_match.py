match cmd:
case 'go':
    pass
