"""The streaming Excel writer every export uses (XlsxWriter, constant memory)."""
