'use strict';

const { formatPrice } = require('./money');
const EventEmitter = require('events');

/**
 * A shopping cart that emits "change" whenever its items change.
 */
class Cart extends EventEmitter {
  constructor(currency = 'EUR') {
    super();
    this.currency = currency;
    this.items = new Map();
  }

  /** Adds `qty` of an item, merging with what is already there. */
  add(sku, price, qty = 1) {
    const line = this.items.get(sku) || { price, qty: 0 };
    line.qty += qty;
    this.items.set(sku, line);
    this.emit('change', this.total());
  }

  total() {
    let sum = 0;
    for (const { price, qty } of this.items.values()) sum += price * qty;
    return sum;
  }
}

// Sums the totals of several carts.
function grandTotal(carts) {
  return carts.reduce((acc, c) => acc + c.total(), 0);
}

/** Renders a cart as one line per item. */
const render = (cart) =>
  [...cart.items].map(([sku, l]) => `${sku} x${l.qty} ${formatPrice(l.price, cart.currency)}`);

exports.checkout = async function checkout(cart, pay) {
  const receipt = await pay(cart.total(), cart.currency);
  cart.items.clear();
  return receipt;
};

module.exports = { Cart, grandTotal, render };
