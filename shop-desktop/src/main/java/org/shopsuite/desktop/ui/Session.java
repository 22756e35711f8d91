package org.shopsuite.desktop.ui;

import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.User;

/** A logged-in user: the client, who they are, the shop, and their language. */
public record Session(ShopClient client, User user, ShopSettings shop, Messages messages) {}
