"""Text analysis shared by readers and rules: quotes and sentences."""
