"""The home page (SPEC R20) and the first-run wizard: what needs the officer now, and on an
empty database the agency's settings followed by a roster import, the demo or a start."""
