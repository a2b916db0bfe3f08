s = `value`
