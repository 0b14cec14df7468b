"""The 證書清冊 page: the certificate register."""
