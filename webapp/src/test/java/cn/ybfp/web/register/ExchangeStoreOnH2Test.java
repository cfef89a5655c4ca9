package cn.ybfp.web.register;

import cn.ybfp.web.platform.TestDatabases;

/** {@link ExchangeStoreTest} on embedded H2, the portal's zero-setup default: the same SQL, rows staged by insert. */
class ExchangeStoreOnH2Test extends ExchangeStoreTest {

    @Override
    TestDatabases.Schema freshDatabase() {
        return TestDatabases.freshH2(true);
    }
}
