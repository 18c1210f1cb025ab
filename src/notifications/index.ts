export { DeliveryError, type Channel, type Channels, type EmailChannel, type SmsChannel,
  type OutgoingMail, type OutgoingSms } from './channels.ts';
export { queueDeliveries, citizenAddresses, channelOrder } from './queue.ts';
export { DeliverySender, type Unreachable } from './sender.ts';
export { smtpChannel } from './smtp-channel.ts';
export { startSmtpCapture, type CaptureServer } from './smtp-capture.ts';
export { smsGateway, smsSink, signStatusReport, validStatusSignature } from './sms-gateway.ts';
export { citizenMail, citizenSms, officeMail, type Language } from './render.ts';
