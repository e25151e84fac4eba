SET_T: dict = {}
