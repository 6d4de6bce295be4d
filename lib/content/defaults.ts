import type { ContentSlug } from "./slugs";

export type ContentTexts = { titleEn: string; titleBn: string; bodyEn: string; bodyBn: string };

// Starter texts, shown until the owner saves a page (and offered again in the editor). Short and plain,
// for a Bangladeshi panel to adapt: they promise nothing the panel does not do (refunds go to the wallet,
// refills only where a service has them). The Bengali texts keep to Bengali words and digits, except the
// names Bengali readers know in Latin letters (bKash, Nagad, TrxID, API).

const TERMS_EN = `By creating an account or placing an order on this panel you agree to these terms. Please read them before you add funds.

## Our services

We deliver social media marketing services — followers, likes, views and the like — through our own systems and our providers. We deliver the quantity you order; we do not promise reach, sales or any other result.

## Your account

- Keep your password and API keys safe: you are responsible for everything done with them.
- One person, one account. Use a real e-mail address: receipts and password resets go there.
- We may suspend an account used for fraud, payment disputes or abuse.

## Orders

- Check the link before you order: it must be correct and public. An order that started on a wrong or private link is not refunded.
- Do not order again for the same link while an order for it is still running.
- Delivery times on the service list are estimates, not promises.
- Drops after delivery are covered only by services with refill, for the refill period shown.

## Payments

You add funds to your wallet in taka (BDT) with bKash, Nagad or the other methods on the Add funds page. Your balance pays for orders on this panel; it is not a bank account and earns no interest. Refunds follow our [refund policy](/refund-policy).

## Acceptable use

Do not order for content that is illegal in Bangladesh, hateful, or against the rules of the platform you order for. We may refuse or cancel such orders.

## Changes

We may change these terms and our prices. The date on this page says when it last changed; an order keeps the terms it was placed under.

## Contact

Questions? Open a support case from your account.
`;

const TERMS_BN = `এই প্যানেলে অ্যাকাউন্ট খুললে বা অর্ডার দিলে আপনি এই শর্তাবলিতে সম্মত হচ্ছেন। টাকা যোগ করার আগে অনুগ্রহ করে পড়ে নিন।

## আমাদের সার্ভিস

আমরা নিজস্ব ব্যবস্থা ও প্রোভাইডারের মাধ্যমে সোশ্যাল মিডিয়া মার্কেটিং সার্ভিস দিই — ফলোয়ার, লাইক, ভিউ ইত্যাদি। আপনি যে পরিমাণ অর্ডার করেন, আমরা সেটাই ডেলিভারি দিই; বাড়তি রিচ, বিক্রি বা অন্য কোনো ফলের প্রতিশ্রুতি দিই না।

## আপনার অ্যাকাউন্ট

- পাসওয়ার্ড ও API কী নিরাপদে রাখুন: এগুলো দিয়ে যা কিছু করা হয়, তার দায় আপনার।
- একজনের একটি অ্যাকাউন্ট। সঠিক ই-মেইল ঠিকানা দিন: রসিদ ও পাসওয়ার্ড রিসেটের ই-মেইল সেখানেই যায়।
- প্রতারণা, পেমেন্ট নিয়ে বিরোধ বা অপব্যবহারে ব্যবহৃত অ্যাকাউন্ট আমরা স্থগিত করতে পারি।

## অর্ডার

- অর্ডারের আগে লিংক যাচাই করুন: লিংক সঠিক ও পাবলিক হতে হবে। ভুল বা প্রাইভেট লিংকে শুরু হয়ে যাওয়া অর্ডারের টাকা ফেরত হয় না।
- একই লিংকের একটি অর্ডার চলাকালে ওই লিংকে আবার অর্ডার দেবেন না।
- সার্ভিস তালিকার ডেলিভারি সময় আনুমানিক, প্রতিশ্রুতি নয়।
- ডেলিভারির পরে সংখ্যা কমে গেলে শুধু রিফিলযুক্ত সার্ভিসে, দেখানো রিফিল মেয়াদের মধ্যে, পূরণ করা হয়।

## পেমেন্ট

বিকাশ, নগদ বা "টাকা যোগ করুন" পাতায় দেখানো অন্য মাধ্যমে আপনি ওয়ালেটে টাকা যোগ করেন। ব্যালেন্স দিয়ে এই প্যানেলের অর্ডারের দাম মেটানো হয়; এটি ব্যাংক অ্যাকাউন্ট নয় এবং এতে কোনো সুদ নেই। টাকা ফেরত হয় আমাদের [রিফান্ড নীতি](/refund-policy) অনুযায়ী।

## গ্রহণযোগ্য ব্যবহার

বাংলাদেশে বেআইনি, ঘৃণা ছড়ায় বা যে প্ল্যাটফর্মের জন্য অর্ডার দিচ্ছেন তার নিয়ম ভাঙে — এমন কনটেন্টের জন্য অর্ডার দেবেন না। এমন অর্ডার আমরা ফিরিয়ে দিতে বা বাতিল করতে পারি।

## পরিবর্তন

আমরা এই শর্তাবলি ও দাম বদলাতে পারি। এই পাতার তারিখ বলে দেয় শেষ কবে বদলেছে; প্রতিটি অর্ডার দেওয়ার সময়ের শর্তেই চলে।

## যোগাযোগ

কোনো প্রশ্ন আছে? আপনার অ্যাকাউন্ট থেকে একটি সাপোর্ট কেস খুলুন।
`;

const PRIVACY_EN = `This policy says what we collect about you, why, and what you can ask us to do with it.

## What we collect

- **Account:** your name, e-mail address and, if you give it, your phone number.
- **Orders:** the links and usernames you order for, quantities and amounts.
- **Payments:** the method and amount, and for manual bKash and Nagad payments the sender number and TrxID. We never see your PIN.
- **Security:** IP addresses, browser and sign-in times, to keep accounts safe.

## Why

- To deliver your orders and keep your wallet right.
- To stop fraud and abuse, and to answer your support cases.
- To send receipts, order updates and password-reset e-mails. Announcements only while you have not switched them off.

## Who sees it

Only those who help us serve you: the providers who fulfil your orders (the link and quantity — never your name or e-mail), payment gateways, and our e-mail service. We do not sell your data.

## How long we keep it

Order and payment records are kept as long as the law and our accounts need them. Ask us to close your account and we delete what we do not have to keep.

## Your choices

Change your details and notification settings in your account at any time, or open a support case to see or delete your data.

## Cookies

We use cookies only to keep you signed in and to remember your language.
`;

const PRIVACY_BN = `আমরা আপনার কী কী তথ্য রাখি, কেন রাখি এবং সেগুলো নিয়ে আপনি আমাদের কী করতে বলতে পারেন — এই নীতিতে তা বলা আছে।

## আমরা যা রাখি

- **অ্যাকাউন্ট:** আপনার নাম, ই-মেইল ঠিকানা এবং দিলে ফোন নম্বর।
- **অর্ডার:** যে লিংক ও ইউজারনেমের জন্য অর্ডার দেন, পরিমাণ ও টাকার অঙ্ক।
- **পেমেন্ট:** মাধ্যম ও টাকার অঙ্ক; ম্যানুয়াল বিকাশ ও নগদ পেমেন্টে প্রেরকের নম্বর ও TrxID। আপনার পিন আমরা কখনো দেখি না।
- **নিরাপত্তা:** অ্যাকাউন্ট নিরাপদ রাখতে আইপি ঠিকানা, ব্রাউজার ও সাইন ইনের সময়।

## কেন রাখি

- আপনার অর্ডার ডেলিভারি দিতে ও ওয়ালেটের হিসাব ঠিক রাখতে।
- প্রতারণা ও অপব্যবহার ঠেকাতে এবং আপনার সাপোর্ট কেসের উত্তর দিতে।
- রসিদ, অর্ডারের খবর ও পাসওয়ার্ড রিসেটের ই-মেইল পাঠাতে। ঘোষণা পাঠাই শুধু যতক্ষণ আপনি তা বন্ধ না করেন।

## কারা দেখে

শুধু যারা আপনাকে সেবা দিতে আমাদের সাহায্য করে: যে প্রোভাইডাররা অর্ডার পূরণ করে (লিংক ও পরিমাণ — আপনার নাম বা ই-মেইল কখনো নয়), পেমেন্ট গেটওয়ে এবং আমাদের ই-মেইল সেবা। আমরা আপনার তথ্য বিক্রি করি না।

## কতদিন রাখি

আইন ও আমাদের হিসাবের যতদিন দরকার, অর্ডার ও পেমেন্টের রেকর্ড ততদিন থাকে। অ্যাকাউন্ট বন্ধ করতে বললে যা রাখা বাধ্যতামূলক নয় তা আমরা মুছে ফেলি।

## আপনার পছন্দ

যেকোনো সময় অ্যাকাউন্ট থেকে আপনার তথ্য ও নোটিফিকেশন সেটিংস বদলাতে পারেন, অথবা আপনার তথ্য দেখতে বা মুছতে একটি সাপোর্ট কেস খুলুন।

## কুকি

আমরা কুকি ব্যবহার করি শুধু আপনাকে সাইন ইন রাখতে ও আপনার ভাষা মনে রাখতে।
`;

const REFUND_EN = `Money you add to your wallet pays for orders on this panel. This page says when it comes back, and where to.

## Refunds go to your wallet

Every refund is credited to your wallet on this panel — not back to bKash, Nagad or your card. You can use it for your next order straight away.

## When you get money back

- **Canceled orders:** the full charge is refunded.
- **Partial orders:** the undelivered remains are refunded — the charge × remains ÷ quantity.
- **Orders our provider refuses:** the full charge is refunded automatically.

## When you do not

- The link was wrong, private, or changed after you ordered.
- The order was delivered and the count dropped later: use refill, if the service has it, within its refill period.
- You ordered again for a link while an order for it was still running.

## Taking your balance out

Wallet balance is not normally paid out. If money reached your wallet by mistake, or you can no longer use the panel, open a support case: we decide case by case, and pay to the number the money came from, less any fees.

## Payments not credited

Sent money but your wallet was not credited? Open a support case with the TrxID and the amount. We check it with bKash or Nagad and credit your wallet once it is confirmed.
`;

const REFUND_BN = `ওয়ালেটে যোগ করা টাকা দিয়ে এই প্যানেলের অর্ডারের দাম মেটানো হয়। কখন সেই টাকা ফেরত আসে এবং কোথায় আসে, এই পাতায় তা বলা আছে।

## টাকা ফেরত আসে ওয়ালেটে

সব রিফান্ড এই প্যানেলে আপনার ওয়ালেটে জমা হয় — বিকাশ, নগদ বা কার্ডে ফেরত যায় না। পরের অর্ডারেই সেই টাকা ব্যবহার করতে পারবেন।

## কখন টাকা ফেরত পাবেন

- **বাতিল অর্ডার:** পুরো দাম ফেরত।
- **আংশিক অর্ডার:** যা ডেলিভারি হয়নি তার টাকা ফেরত — দাম × বাকি পরিমাণ ÷ মোট পরিমাণ।
- **প্রোভাইডার যে অর্ডার ফিরিয়ে দেয়:** পুরো দাম নিজে থেকেই ফেরত।

## কখন পাবেন না

- লিংক ভুল, প্রাইভেট, বা অর্ডারের পরে বদলানো হয়েছে।
- অর্ডার ডেলিভারি হওয়ার পরে সংখ্যা কমেছে: সার্ভিসে রিফিল থাকলে রিফিলের মেয়াদের মধ্যে রিফিল চান।
- একই লিংকের একটি অর্ডার চলাকালে সেই লিংকে আবার অর্ডার দিয়েছেন।

## ব্যালেন্স তুলে নেওয়া

সাধারণত ওয়ালেটের ব্যালেন্স তুলে দেওয়া হয় না। ভুল করে ওয়ালেটে টাকা এলে বা প্যানেল আর ব্যবহার করতে না পারলে একটি সাপোর্ট কেস খুলুন: আমরা প্রতিটি ঘটনা আলাদা করে দেখি, আর টাকা যে নম্বর থেকে এসেছিল খরচ বাদে সেখানেই পাঠাই।

## টাকা পাঠিয়েছেন কিন্তু জমা হয়নি

টাকা পাঠানোর পরেও ওয়ালেটে জমা না হলে TrxID ও টাকার অঙ্কসহ একটি সাপোর্ট কেস খুলুন। আমরা বিকাশ বা নগদের সাথে মিলিয়ে দেখে নিশ্চিত হলে ওয়ালেটে জমা করে দিই।
`;

const FAQ_EN = `## How long does an order take?

Most orders start within a few hours and finish within one to three days; each service shows its usual time. Large quantities and slow, gradual services take longer. Follow every order's progress under **Orders**.

## What is refill?

Some followers or likes drop after delivery. A service with refill (for example "30 days refill") tops the count back up during that period: open the order and press **Refill**. Services without refill are not topped up.

## How do I add funds with bKash?

Open **Add funds**, choose bKash and enter the amount. Send the money with Send Money to the number shown, then enter your bKash number and the TrxID from the confirmation SMS. Your wallet is credited as soon as the payment is confirmed, usually within minutes.

## Why is my order "Partial"?

The provider could not deliver the whole quantity. The part that was not delivered is refunded to your wallet automatically.

## Can I cancel an order?

Only while it has not started, and only for services that can be canceled. Once delivery has begun it cannot be stopped.

## Does my profile need to be public?

Yes. The profile, page or post must stay public until the order is complete. Do not change the username or delete the post while it runs.

## Do you have an API for resellers?

Yes. Create a key under **API** in your account: the panel speaks the standard SMM API v2.
`;

const FAQ_BN = `## একটি অর্ডারে কত সময় লাগে?

বেশিরভাগ অর্ডার কয়েক ঘণ্টার মধ্যে শুরু হয় এবং এক থেকে তিন দিনে শেষ হয়; প্রতিটি সার্ভিসে তার স্বাভাবিক সময় দেখানো থাকে। বড় পরিমাণ ও ধীরে ধীরে দেওয়া সার্ভিসে বেশি সময় লাগে। প্রতিটি অর্ডারের অগ্রগতি **অর্ডারসমূহ** পাতায় দেখুন।

## রিফিল কী?

ডেলিভারির পরে কিছু ফলোয়ার বা লাইক কমে যেতে পারে। রিফিলযুক্ত সার্ভিস (যেমন "৩০ দিন রিফিল") সেই মেয়াদের মধ্যে সংখ্যা আবার পূরণ করে দেয়: অর্ডারটি খুলে **রিফিল** চাপুন। রিফিল ছাড়া সার্ভিসে কমে যাওয়া সংখ্যা পূরণ হয় না।

## বিকাশ দিয়ে কীভাবে টাকা যোগ করব?

**টাকা যোগ করুন** পাতা খুলে বিকাশ বেছে নিন ও টাকার অঙ্ক লিখুন। দেখানো নম্বরে সেন্ড মানি করুন, তারপর আপনার বিকাশ নম্বর ও নিশ্চিতকরণ এসএমএসের TrxID লিখুন। পেমেন্ট নিশ্চিত হলেই ওয়ালেটে টাকা জমা হয়, সাধারণত কয়েক মিনিটের মধ্যে।

## আমার অর্ডার "আংশিক" কেন?

প্রোভাইডার পুরো পরিমাণ ডেলিভারি দিতে পারেনি। যে অংশ ডেলিভারি হয়নি তার টাকা নিজে থেকেই আপনার ওয়ালেটে ফেরত আসে।

## অর্ডার কি বাতিল করা যায়?

শুধু শুরু হওয়ার আগে, এবং শুধু যে সার্ভিস বাতিল করা যায় সেগুলোতে। ডেলিভারি শুরু হয়ে গেলে আর থামানো যায় না।

## আমার প্রোফাইল কি পাবলিক থাকতে হবে?

হ্যাঁ। অর্ডার শেষ না হওয়া পর্যন্ত প্রোফাইল, পেজ বা পোস্ট পাবলিক রাখুন। অর্ডার চলাকালে ইউজারনেম বদলাবেন না বা পোস্ট মুছবেন না।

## রিসেলারদের জন্য কি API আছে?

হ্যাঁ। আপনার অ্যাকাউন্টে **API** পাতা থেকে একটি কী তৈরি করুন: প্যানেলটি প্রচলিত এসএমএম API ভার্সন ২ মেনে চলে।
`;

/** The built-in text of every page, in both languages. */
export const DEFAULT_CONTENT: Record<ContentSlug, ContentTexts> = {
  terms: { titleEn: "Terms of service", titleBn: "সেবার শর্তাবলি", bodyEn: TERMS_EN, bodyBn: TERMS_BN },
  privacy: { titleEn: "Privacy policy", titleBn: "গোপনীয়তা নীতি", bodyEn: PRIVACY_EN, bodyBn: PRIVACY_BN },
  refund: { titleEn: "Refund policy", titleBn: "রিফান্ড নীতি", bodyEn: REFUND_EN, bodyBn: REFUND_BN },
  faq: { titleEn: "Frequently asked questions", titleBn: "সাধারণ প্রশ্নোত্তর", bodyEn: FAQ_EN, bodyBn: FAQ_BN },
};
