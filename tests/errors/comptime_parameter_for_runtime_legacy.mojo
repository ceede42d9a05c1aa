# Legacy edition: `@parameter for` needs a compile-time range; a function argument is a runtime value.
# ERA: legacy
fn count(n: Int):
    @parameter
    for i in range(n):
        print(i)

fn main():
    count(3)
# ERROR: 5:20 E0701 cannot use a dynamic value in '@parameter for'
# MOJO: cannot use a dynamic value in '@parameter for' sequence initializer
# VERIFIED-WITH: mojo 0.25.6
