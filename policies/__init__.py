"""Policy data (YAML) shipped with guard; this file only makes the folder importable as package data."""
