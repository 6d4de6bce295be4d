import { ADMIN, CUSTOMER, expect, signIn, signOut, SUPPORT, test, waitForHydration } from "./helpers";

// A 1×1 PNG: the server checks the type from these bytes, not from the name.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test("a customer files a case about an order with an image; support replies and resolves; the customer gets the notice and the e-mail, replies, and the case reopens", async ({
  page: customer,
  otherPage: staff,
}) => {
  test.setTimeout(120_000);
  const title = `Followers missing ${Date.now()}`;

  // Staff first: a staff sign-in may wait up to 30 s for a fresh code, and the order below must still be
  // running when the customer's bell is counted (its completion would be a second notice).
  await signIn(staff, SUPPORT);

  // The customer has an order to complain about.
  await signIn(customer, CUSTOMER);
  await customer.goto("/user/services");
  const serviceId = await customer.locator("tr[data-service-id]", { hasText: "Real Mixed" }).first().getAttribute("data-service-id");
  const placed = await customer.request.post("/api/user/create-orders", {
    data: { serviceId: Number(serviceId), link: "https://instagram.com/e2e.complaints", qty: 100 },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  const orderId = ((await placed.json()) as { data: { orderIds: number[] } }).data.orderIds[0];

  // /complaints (the specification's path) leads to the customer's cases.
  await customer.goto("/complaints");
  await expect(customer).toHaveURL(/\/user\/complaints$/);
  await customer.getByRole("link", { name: "New case", exact: true }).click();
  await expect(customer).toHaveURL(/\/user\/complaints\/new$/);
  await waitForHydration(customer);
  await customer.getByLabel("Category", { exact: true }).selectOption({ label: "Order problem" });
  await customer.getByLabel("Priority").selectOption("HIGH");
  await customer.getByLabel("Title", { exact: true }).fill(title);
  await customer.getByLabel("Describe the problem").fill("I ordered 100 followers and none arrived.");
  await customer.getByLabel(new RegExp(`^#${orderId} `)).check();
  await customer.locator("#files").setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: PNG });
  await customer.getByRole("button", { name: "Send case" }).click();
  await expect(customer).toHaveURL(/\/user\/complaints\/\d+$/);
  const caseId = Number(new URL(customer.url()).pathname.split("/").pop());
  await expect(customer.getByTestId("complaint-status")).toHaveText("Open");
  const preview = customer.getByRole("img", { name: "screenshot.png" });
  await expect(preview).toBeVisible();
  // Loaded through the access-checked download route (a 404 would leave it broken).
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

  // Support finds it in the queue, sees the linked order, replies and resolves.
  await staff.goto("/admin/complaints");
  await staff.getByRole("link", { name: `#${caseId} ${title}` }).click();
  await expect(staff).toHaveURL(new RegExp(`/admin/complaints/${caseId}$`));
  await expect(staff.getByRole("link", { name: new RegExp(`Open order #${orderId}`) })).toHaveAttribute("href", `/admin/orders/${orderId}`);
  await waitForHydration(staff);
  await staff.getByLabel("Message", { exact: true }).fill("Internal: provider confirmed a drop.");
  await staff.getByLabel("Internal note (the customer never sees it)").check();
  await staff.getByRole("button", { name: "Save" }).click();
  await expect(staff.getByTestId("timeline-event").filter({ hasText: "provider confirmed a drop" })).toBeVisible();
  await staff.getByLabel("Message", { exact: true }).fill("We refilled your order; the followers are back.");
  await staff.getByLabel("New status").selectOption("RESOLVED");
  await staff.getByRole("button", { name: "Save" }).click();
  await expect(staff.getByTestId("complaint-status")).toHaveText("Resolved");

  // The customer's bell updates by itself (no reload) and leads to the case.
  const bell = customer.getByTestId("notification-bell");
  await expect(customer.getByTestId("unread-count")).toHaveText("1", { timeout: 30_000 });
  await bell.click();
  await customer.getByRole("link", { name: `Case #${caseId} is now resolved` }).click();
  await expect(customer).toHaveURL(new RegExp(`/user/complaints/${caseId}$`));
  await expect(customer.getByTestId("unread-count")).toHaveCount(0);
  await expect(customer.getByTestId("complaint-status")).toHaveText("Resolved");
  await expect(customer.getByText("We refilled your order")).toBeVisible();
  await expect(customer.getByText("provider confirmed a drop")).toHaveCount(0);

  // The e-mail is in the dev mailbox.
  await signOut(staff);
  await signIn(staff, ADMIN);
  await staff.goto(`/admin/mailbox?to=${encodeURIComponent(CUSTOMER.email)}`);
  await expect(staff.getByTestId("mail-message").filter({ hasText: `Case #${caseId} is now resolved` })).toHaveCount(1);

  // The customer replies: the case reopens.
  await waitForHydration(customer);
  await customer.getByLabel("Message", { exact: true }).fill("Only half of them came back.");
  await customer.getByRole("button", { name: "Send reply" }).click();
  await expect(customer.getByTestId("complaint-status")).toHaveText("Open");
  await expect(customer.getByTestId("timeline-event").filter({ hasText: "Only half of them came back." })).toBeVisible();
  await customer.goto("/user/complaints");
  await expect(customer.getByTestId("complaint-row").filter({ hasText: title })).toContainText("Open");
});
