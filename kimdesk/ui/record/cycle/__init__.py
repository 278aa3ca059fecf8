"""The record's "Fallverlauf": phases, assessment, plan, school entry, data protection."""
