"""Clients and intake: the person's record, its fields and their exchange, finding and contacting."""
