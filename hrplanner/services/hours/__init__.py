"""Learning hours (SPEC R6, R7, R17): the annual ledger and compliance, the editable rule sets,
external learning records and the new hires due initial training."""
