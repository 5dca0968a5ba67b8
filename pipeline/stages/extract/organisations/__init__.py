"""Organisation names: head-anchored rules, affiliation lines, established short forms."""
