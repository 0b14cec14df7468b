"""The 人員名冊 page, its lazy table model and the person dialog."""
