# os.getenv/putenv/unsetenv/system (host programs)
import os
if not hasattr(os, 'getenv'):
    print('SKIP')
    raise SystemExit
print(os.getenv('KRAIT_TEST_UNSET_VAR'), os.getenv('KRAIT_TEST_UNSET_VAR', 'default'))
os.putenv('KRAIT_TEST_VAR', 'value for the child')
print(os.system('echo "child sees: $KRAIT_TEST_VAR"'))
os.unsetenv('KRAIT_TEST_VAR')
print(os.system('echo "after unsetenv: [$KRAIT_TEST_VAR]"'))
print(os.system('exit 3') >> 8)
for k in ['A=B', '']:
    try:
        os.putenv(k, 'x')
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
