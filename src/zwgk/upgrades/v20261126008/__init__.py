"""The publication workflow gains 转为主动公开 for the yearly review."""
