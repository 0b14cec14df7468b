"""The Excel exports of SPEC §3.2 that span areas: training summaries, the portal upload file
(時數登錄檔) and the training spread (R16)."""
