"""Defaults shared by the library and the command line, kept apart so that reading them is cheap."""

# extract and coverage leave out sentences that score lower than this (see README, "How extract spots claims")
DEFAULT_MIN_SCORE = 4
