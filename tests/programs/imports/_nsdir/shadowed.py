WHERE = "module file inside a namespace portion"
