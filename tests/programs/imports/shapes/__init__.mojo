# MODULE
# A package: its folder name is the module name.
comptime UNIT = "cm"
