package org.pactgraph.store;

import org.pactgraph.TestData;

/** The store contract on the local TDB2 store, written by TDB2's bulk loader into a fresh generation. */
class TdbStoreContractTest extends StoreContract {
    @Override
    Store loaded() {
        return TdbStore.at(TestData.loadedStore());
    }
}
