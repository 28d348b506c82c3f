# The page harness is a pytest plugin so that it can collect docs/ as well as tests/.
pytest_plugins = ["rnnbook.pytest_pages"]
