# VERIFIED-WITH: mojo 1.2.0
# try/except/else/finally with continue, break and return inside loops,
# nested finally blocks, and re-raising from a handler.
def work(i: Int) raises -> Int:
    if i == 3:
        raise Error("three")
    return i * 2

def loop_with_try() -> Int:
    var total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            total += work(i)
            if i == 4:
                break
        except e:
            print("except", e, i)
            continue
        else:
            print("else", i)
        finally:
            print("finally", i)
    return total

def nested() raises -> String:
    try:
        try:
            _ = work(3)
        finally:
            print("inner finally")
    except e:
        print("outer caught", e)
        raise Error("again: " + String(e))
    finally:
        print("outer finally")
    return "unreachable"

def ret_in_try() -> Int:
    var x = 1
    try:
        x = 2
        return x
    finally:
        x = 3
        print("finally sees", x)

def while_try() -> Int:
    var n = 0
    while True:
        n += 1
        try:
            if n > 3:
                break
        finally:
            print("tick", n)
    return n

def main():
    print(loop_with_try())
    try:
        print(nested())
    except e:
        print("main caught", e)
    print(ret_in_try())
    print(while_try())
