package dev.clearance.service.packs;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where packs are compiled. The pack loader compiles packs in a parallel stream, and Drools finds
 * its own services through the thread's context class loader; threads of the common pool carry
 * the system class loader, which in the packaged jar cannot see the jar's libraries (Drools then
 * fails with a NullPointerException in {@code ComponentsFactory}). A parallel stream started inside
 * this pool runs on this pool's threads, which carry the application's class loader.
 */
@Component
class CompilationPool implements DisposableBean {

    private final ForkJoinPool pool;

    CompilationPool() {
        ClassLoader application = CompilationPool.class.getClassLoader();
        this.pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), forkJoinPool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
            thread.setContextClassLoader(application);
            thread.setName("pack-compiler-" + thread.getPoolIndex());
            return thread;
        }, null, false);
    }

    /** Runs {@code work} in the pool and returns its result, rethrowing its runtime exceptions as they are. */
    <T> T run(Supplier<T> work) {
        try {
            return pool.submit(work::get).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("pack compilation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling packs", e);
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
