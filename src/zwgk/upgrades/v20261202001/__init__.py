"""Control panels under 插件配置 (add-on configuration)."""
