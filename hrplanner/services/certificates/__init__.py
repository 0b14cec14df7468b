"""The certificate register (研習證明書, SPEC R10): numbers issued, reprinted, voided and flagged
for review."""
