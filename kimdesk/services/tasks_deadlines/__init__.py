"""Tasks and deadlines: follow-ups, the deadline rules and the holidays they count."""
