"""School entry of newly arrived young people: entries, places, the waiting list and its report."""
