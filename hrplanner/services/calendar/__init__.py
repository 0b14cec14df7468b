"""The government office calendar and the hours-registration deadlines (SPEC R11), and the
agenda of what is due."""
