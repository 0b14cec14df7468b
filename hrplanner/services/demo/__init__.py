"""The demo agency (``hrplanner demo``): realistic sample staff and ten years of history."""
