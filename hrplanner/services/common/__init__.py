"""What every area's services share: the errors they raise for input a user must correct, the
agency settings store, the reference lists and their defaults, and backup, restore and the
integrity check."""
