"""The home page's items (SPEC R20): what needs the officer now, each with a count and the
page (with its filter) or the action that deals with it. One service for the window's home
page and the ``agenda`` command, so that the two never disagree.

- :mod:`.summary` — every R20 item with its count, the agenda's dated items behind them;
- :mod:`.actions` — the one-click actions: this week's sign-in sheets, the certificates of
  closed classes.
"""
