"""Reading articles into document graphs."""
