"""Language: each section's and sentence's language, and the abstract set."""
