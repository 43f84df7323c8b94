import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, type ErrorDetail } from '@mz/shared';

export const zodDetails = (error: ZodError): ErrorDetail[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));

/** Every failure leaves as `{ code, message, requestId, details? }`; unknown errors as a bare 500. */
export const registerErrorHandler = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError | ZodError | Error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(error.toBody(request.id));
    }
    if (error instanceof ZodError) {
      const appError = new AppError('VALIDATION_FAILED', undefined, zodDetails(error));
      return reply.status(appError.status).send(appError.toBody(request.id));
    }
    const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (statusCode === 413) {
      return reply.status(413).send(new AppError('PAYLOAD_TOO_LARGE').toBody(request.id));
    }
    if (statusCode >= 400 && statusCode < 500) {
      // Fastify's own parsing errors (bad JSON, wrong content type): a clear 400, never a stack.
      const appError = new AppError('VALIDATION_FAILED', `请求格式不正确：${error.message}`);
      return reply.status(400).send(appError.toBody(request.id));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(new AppError('INTERNAL').toBody(request.id));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(new AppError('NOT_FOUND', '请求的地址不存在').toBody(request.id));
  });
};
