# Legacy edition: an alias cannot be initialized from a runtime variable.
# ERA: legacy
fn main():
    var x = 3
    alias y = x + 1
    print(y)
# ERROR: 5:15 E0701 cannot use a dynamic value in alias initializer
# MOJO: cannot use a dynamic value in alias initializer
# VERIFIED-WITH: mojo 0.25.6
