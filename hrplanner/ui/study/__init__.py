"""The study programmes page (R12): a year's records with the places used and who holds them,
and the record dialog with the weekly office hours."""
