del compute()
