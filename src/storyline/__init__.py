"""storyline: follow a news story across outlets and years."""
__version__ = "0.1.0"
