"""Helpers shared by the slow tests: paths, Prism, throwaway virtualenvs, seed snippets."""
