"""Loading and preparing report text before analysis."""
