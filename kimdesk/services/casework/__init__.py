"""The case cycle: phases, assessment, plan, structural findings and retention."""
