msg = f'{=}'
