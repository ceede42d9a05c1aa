def main():
    var label = String("sensor")

    def tag() {var label^} -> String:
        return label

    print(tag())
    print(label)
# ERROR: 8:10 E0312 uninitialized value 'label'
# MOJO: use of uninitialized value 'label'
# VERIFIED-WITH: mojo 1.2.0
